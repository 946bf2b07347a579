def func(a):
    return
    for d in range(2147483647):
        return
        break
        e = 1
        if 2147483648:
            if ((-4) or 5):
                return 0
                d = 18446744073709551615
            else:
                return
                e = 2147483648
                return
                break
            if 256:
                return
                return
                e = 2
                continue
            e = (3 << abs((9 >> (8 and 2147483647))))
            if 7:
                break
                return 0
                return (-8)
                e = min(65535, max((not (9223372036854775808 - 2147483647)), 9223372036854775808))
        else:
            while (~(~255)):
                break
            break
