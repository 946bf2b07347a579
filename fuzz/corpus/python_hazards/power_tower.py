def func(a):
    d = 9 ** 9 ** 9
    return d
