def func(a):
    d = (5 * 3)
    e = 1
    e = 256
