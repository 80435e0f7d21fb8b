namespace Verification.Models.LeNet;

/// <summary>One parameter tensor of <see cref="LeNet5{T}"/>: its place in the flat parameter vector, its shape and fan-in.</summary>
public sealed record ParameterTensor(string Name, int Offset, int Length, int FanIn, IReadOnlyList<int> Shape);

/// <summary>
/// The simplified LeNet-5 of LYX Section 6.2 (journal): two convolutional and two fully connected layers, the latter LeNet-5's
/// F6 and output layers. The paper names no widths, so LeNet-5's own are taken: the 28×28 digit zero-padded by 2 to LeNet-5's
/// 32×32 input, conv 6@5×5 → ReLU → 2×2 max pool (6@14×14), conv 16@5×5 → ReLU → 2×2 max pool (16@5×5 = 400), F6 = 84 with
/// ReLU, 10 outputs, softmax cross-entropy. (LeNet-5's C5 layer of 120 is the one dropped: the paper keeps F6 and the output.)
/// Parameters are one flat vector in PyTorch's state-dict order (conv1.weight [6,1,5,5], conv1.bias, conv2.weight [16,6,5,5],
/// conv2.bias, fc1.weight [84,400], fc1.bias, fc2.weight [10,84], fc2.bias), row-major, so that an independent PyTorch
/// computation compares entry by entry; the 400 features are flattened channel, row, column as PyTorch's view does.
/// </summary>
public static class LeNet5Layout
{
    public const int Side = 28;
    public const int Padding = 2;
    public const int Kernel = 5;
    public const int KernelArea = Kernel * Kernel;
    public const int Conv1Channels = 6;
    public const int Conv1Side = Side + 2 * Padding - Kernel + 1;
    public const int Pool1Side = Conv1Side / 2;
    public const int Conv2Channels = 16;
    public const int Conv2Side = Pool1Side - Kernel + 1;
    public const int Pool2Side = Conv2Side / 2;
    public const int Features = Conv2Channels * Pool2Side * Pool2Side;
    public const int Hidden = 84;
    public const int Classes = 10;
    public const int Pixels = Side * Side;

    public static IReadOnlyList<ParameterTensor> Tensors { get; } = Build();

    /// <summary>The number of parameters (37,106).</summary>
    public static int Count => Tensors[^1].Offset + Tensors[^1].Length;

    public static ParameterTensor Tensor(string name) => Tensors.First(t => t.Name == name);

    private static List<ParameterTensor> Build()
    {
        var specs = new (string Name, int[] Shape, int FanIn)[]
        {
            ("conv1.weight", [Conv1Channels, 1, Kernel, Kernel], KernelArea),
            ("conv1.bias", [Conv1Channels], KernelArea),
            ("conv2.weight", [Conv2Channels, Conv1Channels, Kernel, Kernel], Conv1Channels * KernelArea),
            ("conv2.bias", [Conv2Channels], Conv1Channels * KernelArea),
            ("fc1.weight", [Hidden, Features], Features),
            ("fc1.bias", [Hidden], Features),
            ("fc2.weight", [Classes, Hidden], Hidden),
            ("fc2.bias", [Classes], Hidden),
        };
        var list = new List<ParameterTensor>();
        var offset = 0;
        foreach (var (name, shape, fanIn) in specs)
        {
            var length = shape.Aggregate(1, (a, b) => a * b);
            list.Add(new ParameterTensor(name, offset, length, fanIn, shape));
            offset += length;
        }
        return list;
    }
}
