def func(a):
    if (1 > (a & a)):
        if 4:
            d = 9
            e = (0 // (2 ^ d))
            return d
        else:
            e = a
        return 10
    f = (1 << 9)
    return 1
