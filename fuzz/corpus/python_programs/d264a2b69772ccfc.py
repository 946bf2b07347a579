def func(a, b):
    return 4294967296
    while 3:
        while 8:
            return (4294967295 and ((1 < (a + 4294967295)) if ((10 == 255) <= min(2147483648, 7)) else 65535))
            while 5:
                d = 4
                d >>= (-256)
                return
                return 9
            continue
            break
        return abs(65535)
        return
        for d in range(max((4294967296 > 2), 9223372036854775808)):
            if 18446744073709551616:
                e = ((9 != 65536) or (18446744073709551616 <= abs((7 >= 9))))
                d *= ((not 9223372036854775807) >= 127)
            return
            break
            break
