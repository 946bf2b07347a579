def func(a, b, c):
    return
    while 7:
        return (c // (~4294967296))
        return
        for d in range(4294967295):
            return
            return
            d >>= min(min(c, 6), 65535)
        continue
    return
    return
