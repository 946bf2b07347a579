def func(a):
    return [0] * 4294967296
