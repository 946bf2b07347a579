def func(a, b, c):
    if (2147483648 + 4294967296):
        if 9:
            return
        else:
            d = a
            d = b
            return 6
        e = b
    f = a
    return c
