def f(a):
    return 'abc
