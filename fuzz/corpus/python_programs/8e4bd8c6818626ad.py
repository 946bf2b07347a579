def func(a, b):
    d = 2
