def func(a, b):
    while (9223372036854775807 > 4294967295):
        if (255 ^ (9 < 7 != (5 // (18446744073709551616 >> 65536)))):
            return
            while 6:
                continue
                d = 65536
                d %= min(5, (18446744073709551616 and (255 == 128)))
                break
            e = 255
            return (256 and (7 + ((not 4294967295) == (18446744073709551615 | 65535))))
        else:
            if 7:
                f = 5
            break
            continue
            return
        e *= 65536
        e = 2
    if (7 == 6):
        return
    else:
        return 4
