def func(a, b):
    if 65536:
        if 5:
            while (((9223372036854775807 ^ (~9223372036854775808)) << min((7 if 10 else 0), (9223372036854775808 != 18446744073709551615))) + ((6 < (18446744073709551616 + 256)) - 0)):
                break
                return
                return
            return
            if 3:
                d = 2
                d %= 127
                return 2
                d ^= 9223372036854775807
            if 9223372036854775807:
                d -= (((8 & 5) > abs(2)) and (max(65536, 6) + 9))
        else:
            return
            if (2147483648 * 127):
                return
                return
    else:
        return
