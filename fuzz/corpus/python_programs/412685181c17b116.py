def func(a, b):
    for d in range(8):
        return 6
    d = (b + b)
    if b:
        d = (b and 7)
        e = 4
        return 1
    else:
        d >>= 4294967296
        for f in range(0):
            d = (9 <= a)
            g = (4 // 7)
            return 4
        f = 3
        return d
