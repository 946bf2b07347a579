def func(a, b, c):
    for d in range(18446744073709551615):
        return
        if (2147483648 | 6):
            d *= abs((~((-128) == 10)))
            if 256:
                return 2147483648
                return
                return
                return
            d <<= 10
            for e in range((7 + 2147483648)):
                e = ((not (10 // (128 // 9223372036854775807))) or 65536)
                return (0 | ((18446744073709551616 and a) & ((65535 > 10) <= 255)))
                e |= (7 != (2147483648 and ((7 << 9) == 4294967295)))
        else:
            break
            e &= (not 4)
