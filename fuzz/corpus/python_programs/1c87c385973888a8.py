def func(a, b, c):
    while c:
        d = 127
        continue
    return c
