def func():
    return (min(6, 7) and 0)
    return 9223372036854775808
