def func(a, b):
    return a
    for d in range((~min(2, 256))):
        d -= d
        while (18446744073709551615 & 2147483647):
            while 5:
                break
            for e in range((((not 1) % 3) < 4)):
                break
                return (256 > 128)
                e <<= (1 and 4294967295)
                continue
            return 4294967296
            return
        break
        break
    return
    if 65535:
        e <<= 128
        return a
        if d:
            return 255
            if d:
                e ^= 127
                f = 7
        else:
            return e
    else:
        return
