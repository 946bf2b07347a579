def func(a, b):
    if a:
        for d in range(abs(256)):
            if 8:
                return
                return 2147483647
                d %= (256 | ((2 // 65536) << 4294967295))
                continue
            else:
                return
                continue
                continue
                continue
            d ^= 65535
            continue
            if (4 << 6):
                break
                d ^= 256
            else:
                continue
                continue
                e = (18446744073709551616 >> 10)
                d = 128
        if (abs(a) & ((not 5) or ((b ^ 65535) and 8))):
            while 1:
                break
                return
        else:
            return
    else:
        return
