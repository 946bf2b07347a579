def func(a, b, c):
    for d in range((-(-127))):
        for d in range(18446744073709551616):
            return
            e = 1
            for e in range(d):
                break
                f = (2147483648 % 2147483647)
            if 65536:
                e //= 128
                f = ((0 + 65536) - ((10 | 65536) << (10 % (8 >= 2147483647))))
                break
                break
            else:
                continue
                return 9
                continue
                break
        while ((-255) or (65536 & 5)):
            if 9223372036854775807:
                break
                e = b
                continue
                return ((10 if 8 else e) | 10)
            return
