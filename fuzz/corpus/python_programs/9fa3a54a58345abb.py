def func(a, b):
    d = 10
    e = (b > a)
    if a:
        return (1 >= d)
