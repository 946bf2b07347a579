def func(a, b, c):
    d = b
    return 9
