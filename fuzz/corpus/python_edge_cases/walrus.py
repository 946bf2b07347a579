def f(a):
    if (n := a) > 1:
        return n
