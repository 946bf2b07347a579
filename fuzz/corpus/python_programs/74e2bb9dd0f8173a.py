def func(a, b, c):
    if 10:
        d = c
        e = c
        e %= 6
        return b
    else:
        if 9:
            d = 7
            d = 4294967295
        else:
            f = abs(1)
            f = b
            e = 2147483648
        e = max(c, 10)
        d = 3
        return 9
