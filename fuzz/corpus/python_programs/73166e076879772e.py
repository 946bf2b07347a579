def func(a, b):
    return
    return ((127 if 4294967296 else 3) <= ((not 256) == ((~8) >= (-128))))
    return 7
    for d in range(65536):
        for e in range(((18446744073709551615 - max(10, 2147483647)) != 3)):
            e >>= (b // 4)
            if 2147483647:
                return 7
                return
                f = (128 << 8)
                continue
            else:
                continue
                break
            return abs(1)
            g = 8
        if ((9 > a) != 2):
            continue
            break
            return ((9223372036854775808 and (2147483647 or 6)) % 9223372036854775807)
            return
        else:
            break
