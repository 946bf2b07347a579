def func(a):
    for d in range(18446744073709551615):
        d = (4 << 4)
        while 2147483647:
            e = 0
            d = 4
    if 10:
        return ((1 * 2) << 2)
    else:
        f = (5 | 5)
        d = 9
        if 9223372036854775807:
            f = 9
            e = 0
            e = 65535
            return 1
        else:
            e = 5
        return f
