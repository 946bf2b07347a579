def func(a, b, c):
    if 127:
        return ((not ((-65536) * (8 | 2))) >= 255)
    else:
        if c:
            for d in range((-65535)):
                return
            e = (not 6)
        if (4 and 4294967295):
            for d in range((((~b) ^ (9223372036854775807 // 1)) > abs(65535) <= (((3 == 8) * (9 and 65536)) + 65535))):
                continue
            if (((2 and 4294967296) << ((5 << 127) // 4)) < 2147483647):
                e = 256
                return 18446744073709551616
            else:
                return
        else:
            return
