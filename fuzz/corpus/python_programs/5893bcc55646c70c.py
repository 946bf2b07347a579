def func(a, b):
    if ((4294967296 << 4294967296) + 0):
        return
    return 0
