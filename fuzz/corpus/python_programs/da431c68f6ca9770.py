def func(a):
    d = (7 + 3)
    return 9
