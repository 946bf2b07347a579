def func():
    for d in range(((6 << (9223372036854775807 << 3)) or (~(-4)))):
        for d in range(9):
            if 128:
                d = 4
                continue
                return (8 > (abs((d != 5)) ^ 0))
                e = 255
            else:
                d %= (8 >= (not 127))
                d = ((max(7, (10 and 1)) // max(128, abs(2147483647))) >= 256 > (65536 + 3))
                f = (2 != d)
                d -= d
            return
            for g in range(5):
                continue
                break
