def func():
    return 0
