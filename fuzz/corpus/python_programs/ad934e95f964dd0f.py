def func(a):
    for d in range(4294967295):
        break
        if ((not (4294967296 ^ (6 >= 2147483648))) % 8):
            return
            if d:
                return
            d >>= (5 >= 128)
            return
        continue
        while 6:
            if 9223372036854775808:
                continue
                d >>= 65536
                e = 6
                return ((-e) ^ 2)
            else:
                return
                break
                return
                return
            break
    if 8:
        e = 2
        return
        return
        return ((4 << (2 * 10)) | (((7 < 3) == 255) > 4294967295 == 18446744073709551615))
