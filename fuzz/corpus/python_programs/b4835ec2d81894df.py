def func(a, b):
    if ((((~b) - 9223372036854775807) & 9223372036854775807) < (18446744073709551615 & (min(2147483648, 9) and 65535))):
        return
        while a:
            d = ((6 + 3) | 0)
            if (127 << 9223372036854775807):
                return
                return
                e = 18446744073709551615
                return
            return (1 >= (-b) > (4 < (2 % (d >> 127))))
        if 10:
            e = abs((5 <= (4294967295 + (1 if 4294967296 else 3))))
            for e in range(10):
                break
                d %= 9223372036854775808
                return
                break
            return
