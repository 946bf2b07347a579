def func(a, b, c):
    d = ((2147483647 < 18446744073709551615 > 3) != 2)
    d = 255
    for d in range(0):
        while (not (((127 ^ 9223372036854775808) % 18446744073709551616) % 128)):
            return 256
            for e in range(d):
                break
                e *= 6
                break
                e //= (0 < 256)
            return 0
            while 9:
                return e
                e = ((4294967296 // 255) > max(b, 3))
                e = 18446744073709551616
                e = 65536
        return ((9223372036854775807 + (255 >= 65535)) or 2147483647)
        return 9
        break
