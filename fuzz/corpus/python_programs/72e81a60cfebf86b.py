def func(a, b, c):
    if 4:
        if (-7):
            for d in range((~((6 << (65535 // c)) < 9223372036854775808))):
                break
                continue
                d <<= (a + (-(2 | (1 >> 18446744073709551616))))
                d >>= (0 <= (~min(c, 5)))
            while (min(b, ((0 >= 127) << 127)) < 18446744073709551616):
                return
                return
                d ^= 4
            for e in range(((((8 << 0) if (9 and 255) else (5 > 3)) + 7) > 2147483648)):
                return
                continue
    else:
        return
