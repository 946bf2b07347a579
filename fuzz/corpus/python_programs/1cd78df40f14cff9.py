def func(a):
    d = 6
    if (7 << (18446744073709551616 >> 4)):
        for d in range((d != 1 != 9)):
            for e in range(65536):
                f = 9223372036854775808
                f = f
                return a
            return 8
        if 7:
            g = (2 >> 7)
        d += d
        return 7
    h = 8
    for e in range(a):
        h = h
        h = (7 | d)
        continue
