def func(a, b, c):
    return 5
    while min((-2147483648), (min((8 > 65536), (not 4294967295)) & 1)):
        break
        if (not 7):
            continue
            while 8:
                return
                return (-2147483647)
                continue
                return
            if 127:
                return (((not (0 >> 7)) > 4294967295) or 0)
            else:
                return
                continue
                return 10
                d = ((a < (127 + abs(5))) >= 2147483648)
            return (abs((5 | a)) % (((c * 1) >> (b - d)) << 8))
        else:
            for e in range(18446744073709551616):
                continue
