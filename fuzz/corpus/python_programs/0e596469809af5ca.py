def func(a, b, c):
    if (a - (7 and 127)):
        while 9:
            d = ((((2147483648 * 10) != 18446744073709551615 < (c <= 3)) < abs((4 // 6))) > 256)
            while 18446744073709551615:
                d //= 3
                return
                return
                break
            break
            while (abs(((c != 2 <= 2147483647) if (not a) else (6 if 255 else 2))) != 8):
                return
                break
                break
                continue
        d = (1 >> 256)
        d = 3
        while (4294967295 != (a << 18446744073709551615)):
            break
