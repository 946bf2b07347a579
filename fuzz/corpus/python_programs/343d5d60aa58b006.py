def func(a):
    d = 9
    d %= 8
    e = 4294967296
    d -= (d or 4)
