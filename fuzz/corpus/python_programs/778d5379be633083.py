def func(a, b):
    if 5:
        for d in range((-abs(6))):
            if 128:
                continue
                break
            else:
                d = 128
                return
            continue
            for d in range(((127 == abs((b <= 1))) < 127)):
                d = (not (9223372036854775808 + ((2 << 4294967295) // (9 - 65536))))
                continue
                e = abs(0)
            continue
        return
        for f in range(9223372036854775808):
            return abs((128 | 1))
            return (not 2)
            return e
            e = 4294967296
        for e in range((3 << ((8 * 18446744073709551615) // 2147483648))):
            continue
