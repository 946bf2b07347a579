def f(a):
    return aÿ
