def func(a, b):
    if (128 > (a >= (127 == 256))):
        return
        return
