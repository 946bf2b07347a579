def func(a, b, c):
    d = 6
    return (a - 6)
