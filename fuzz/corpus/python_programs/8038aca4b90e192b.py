def func(a, b, c):
    return (~((1 if 18446744073709551615 else 4294967296) < 2147483648))
    for d in range((10 | 127)):
        continue
        d = min(4, (a >> (5 % (d & 2147483648))))
        d = (abs((7 >= 256 <= 2)) ^ (4294967296 ^ 4))
        break
