def func(a):
    if (2 == 65536):
        d = a
        return a
    d = (256 <= 10)
    if a:
        e = a
        e = 18446744073709551615
        return 0
        d = 1
    else:
        d = 65536
    return 4
