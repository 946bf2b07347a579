def func():
    for d in range((4294967295 and 4)):
        d = (9223372036854775808 | abs(18446744073709551616))
        if 2147483648:
            return 18446744073709551616
            if (2147483648 == (~127)):
                return 256
                e = 9223372036854775808
                e = min((((9 or 3) <= min(18446744073709551615, 4294967296)) if ((2 != 9) | 7) else 8), 4294967295)
                break
            else:
                continue
                f = (2147483647 >= 1)
                continue
                d = (not 5)
        return
        f %= 2147483648
    return
    for g in range(max(max(7, 9223372036854775807), 65536)):
        continue
        while 4:
            break
