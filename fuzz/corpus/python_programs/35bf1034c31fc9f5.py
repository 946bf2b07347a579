def func(a, b, c):
    d = 18446744073709551615
    d -= (9 % 9)
    for d in range(6):
        if 2:
            while 2:
                return b
            break
        return (10 ^ 0)
    d = b
