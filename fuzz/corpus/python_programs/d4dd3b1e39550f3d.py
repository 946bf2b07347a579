def func(a, b):
    if (4 if 128 else (abs(3) ^ (not (0 << 4294967295)))):
        while (256 | (10 & 4294967295)):
            return 4294967296
            continue
            if 256:
                return 255
                continue
                continue
                return
            else:
                continue
                return 3
                d = 255
                break
            while 0:
                return 6
                d -= (256 <= (((7 >> 18446744073709551615) & (2147483647 <= 6)) - (d == d)))
                return 2147483647
                d <<= ((((6 == b) | 18446744073709551615) | (6 | d)) >= 18446744073709551615)
        return 9223372036854775808
