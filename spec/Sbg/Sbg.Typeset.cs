using Verification.Harness;

namespace Verification.Spec;

// The LaTeX forms of the SBG claims, keyed by claim id: statements, one-line findings and corrected statements, as prose
// with inline $…$ math. Drafted from the plain texts (tests/…/Support/TypesetDraft.cs) and edited by hand; the plain texts stay
// in the claim classes. TypesetTests keeps the two forms in agreement; the report falls back to the plain text, visibly, for a
// claim without an agreeing form.
public static partial class Sbg
{
    /// <summary>The LaTeX forms of this paper's claims (see <see cref="Typesetting"/>).</summary>
    internal static IReadOnlyDictionary<string, TypesetForm> TypesetForms { get; } = new Dictionary<string, TypesetForm>(StringComparer.Ordinal)
    {
        ["SBG.Thm4.1"] = new(
            @"For any $\varepsilon > 0$, SGD in epochs (batch $1$, without replacement) on data separable with margin $1$ by $w^{*}$ " +
            @"reaches $L_{S}(\theta _{t}) < \varepsilon $ for some $t \leq M(n$, $\varepsilon)$, where $M$ is the right side of Eq. " +
            @"(26) plus $n$ (constants $C_{1}$, $C_{2}$, $C_{3}$ of the supplement), for any $\eta > 0$, $R_{0} \geq 0$, $k \geq 1$, " +
            @"$0 < \alpha < 1$, $v > 0$."),
        ["SBG.Thm4.1.Invariants"] = new(
            @"At every SGD step: $G(W_{t})^{2} \leq G(W_{t-1})^{2} + 2\eta \vert \ell '\vert \cdot y_{t}N(x_{t}) + 2k\eta " +
            @"^{2}v^{2}R_{x}^{2}\vert \ell '\vert ^{2}$ (13) and $F(W_{t}) \geq F(W_{t-1}) + 2k\eta v\alpha \vert \ell '\vert $ (14); " +
            @"hence $G(W_{T})^{2} \leq G(W_{0})^{2} + T(2k\eta ^{2}v^{2}R_{x}^{2} + 2\eta)$ (15); in every epoch with a point of loss " +
            @"$> \varepsilon _{0}$, $F$ grows by $\geq 2k\eta v\alpha (1 - e^{(-\varepsilon _{0})})$ (17); so the number " +
            @"$N_{\mathrm{viol}}$ of such epochs satisfies $2k\eta v\alpha (1 - e^{(-\varepsilon _{0})})\cdot N_{\mathrm{viol}} \leq " +
            @"\Vert W^{*}\Vert G(W_{T}) - F(W_{0})$; in the first epoch $i_{e}$ with every point's loss $\leq \varepsilon _{0}$, each " +
            @"$y_{i}N(x_{i})$ moves by at most $2k\eta v^{2}R_{x}^{2}\sum \vert \ell '\vert (23)-(24)$ until the end of the epoch, so " +
            @"every loss at $T^{*} = i_{e}\cdot n$ is $\leq \varepsilon _{0}(1 + 2v^{2}R_{x}^{2}\eta kn) = \varepsilon $ (25)."),
        ["SBG.Thm5.1"] = new(
            @"If every $w$-neuron is within $r$ of $\bar{w}$ and every $u$-neuron within $r$ of $\bar{u}$ ($\bar{w}$, $\bar{u}$ the means), " +
            @"then $\operatorname{sign}(N(x)) = \operatorname{sign}((\bar{w} - \bar{u})\cdot x)$ for all $x$ with " +
            @"$\lvert(\bar{w} - \bar{u})\cdot x\rvert \geq 2r\lVert x\rVert$."),
        ["SBG.Eq6"] = new(
            @"The condition $\vert (\bar{w} - \bar{u})\cdot x\vert \geq 2r\Vert x\Vert $ of Theorem $5.1$ can be rewritten as $\vert " +
            @"(\bar{w} - \bar{u})\cdot x\vert / (\Vert x\Vert \Vert \bar{w} - \bar{u}\Vert) \geq r / \Vert \bar{w} - \bar{u}\Vert $ " +
            @"(Eq. 6): the cosine of the angle between $x$ and $\bar{w} - \bar{u}$ is at least $r/\Vert \bar{w} - \bar{u}\Vert $.",
            Finding: @"Eq. (6) drops the factor $2$: it is $\vert(\bar{w} - \bar{u})\cdot x\vert \geq r\Vert x\Vert$, not $2r\Vert x\Vert$, so " +
            @"it describes a larger region (which is still linear).",
            Corrected: @"$\vert (\bar{w} - \bar{u})\cdot x\vert / (\Vert x\Vert \Vert \bar{w} - \bar{u}\Vert) \geq 2r/\Vert \bar{w} - " +
            @"\bar{u}\Vert \iff \vert (\bar{w} - \bar{u})\cdot x\vert \geq 2r\Vert x\Vert $, for $x \neq 0$ and $\bar{w} \neq " +
            @"\bar{u}$."),
        ["SBG.Cor10.1"] = new(
            @"If $\vert (\bar{w} - \bar{u})\cdot x\vert \geq 2r\Vert x\Vert $ then $\vert \bar{w}\cdot x\vert \geq r\Vert x\Vert $ or " +
            @"$\vert \bar{u}\cdot x\vert \geq r\Vert x\Vert $."),
        ["SBG.Lemma10.1"] = new(
            @"If every $w^{(j)} \in \mathrm{Ball}(\bar{w}$, r), then for all $x \in R^{d}$ with $\vert \bar{w}\cdot x\vert \geq r\Vert " +
            @"x\Vert $ either $w^{(j)}\cdot x > 0$ for all $j$ or $w^{(j)}\cdot x < 0$ for all $j$ (and likewise for the u-neurons).",
            Finding: @"False at $x = 0$, and for $x \neq 0$ when a neuron lies on the sphere of radius $r$: the proof needs $\Vert w^{(j)} - " +
            @"\bar{w}\Vert < r$ strictly, while Section 5's $r$ is a maximum.",
            Corrected: @"If $\Vert w^{(j)} - \bar{w}\Vert < r$ for all $j$, then for all $x \neq 0$ with $\vert \bar{w}\cdot x\vert \geq r\Vert " +
            @"x\Vert $ the $w^{(j)}\cdot x$ all have the same strict sign."),
        ["SBG.Prop10.1"] = new(
            @"For all $x$ with $\vert \bar{w}\cdot x\vert \geq r\Vert x\Vert $ and $\vert \bar{u}\cdot x\vert \geq r\Vert x\Vert $: " +
            @"$\mathrm{sign}(N(x)) = \mathrm{sign}((\bar{w} - \bar{u})\cdot x)$ (proved region by region: $C_{+}^{+}$, $C_{-}^{-}$, " +
            @"$C_{+}^{-}$, $C_{-}^{+})$."),
        ["SBG.Prop10.2"] = new(
            @"For $x$ with $\vert \bar{w}\cdot x\vert < r\Vert x\Vert $, $\vert \bar{u}\cdot x\vert \geq r\Vert x\Vert $ and $\vert " +
            @"(\bar{w} - \bar{u})\cdot x\vert \geq 2r\Vert x\Vert $ (and symmetrically with $\bar{w}$ and $\bar{u}$ exchanged): " +
            @"$\mathrm{sign}(N(x)) = \mathrm{sign}((\bar{w} - \bar{u})\cdot x)$."),
        ["SBG.Lemma10.2"] = new(
            @"In the case $\bar{u}\cdot x \leq -r\Vert x\Vert $ (u-neurons within $r$ of $\bar{u})$ with $\bar{w}\cdot x > -r\Vert " +
            @"x\Vert $ (in particular $\vert \bar{w}\cdot x\vert < r\Vert x\Vert)$: $-\sum _{j}\sigma (w^{(j)}\cdot x) < \alpha " +
            @"kr\Vert x\Vert $ (proved by contradiction via $-\sigma (z) \leq -\alpha z)$, and then $\mathrm{sign}(N(x)) = " +
            @"\mathrm{sign}((\bar{w} - \bar{u})\cdot x) = 1$."),
        ["SBG.Cor6.1"] = new(
            @"If $w^{(i)} = w^{(j)}$ and $u^{(i)} = u^{(j)}$ for all $i$, $j$, then $\mathrm{sign}(N(x)) = \mathrm{sign}((\bar{w} - " +
            @"\bar{u})\cdot x)$ for all $x \in R^{d}$."),
        ["SBG.Def6.2"] = new(
            @"$W$ is in the NAR $(\beta $, $c^{w}$, $c^{u})$ iff $c^{w}_{i} \hat{w}^{(l)}\cdot x_{i} \geq \beta $ and $c^{u}_{i} " +
            @"\hat{u}^{(l)}\cdot x_{i} \geq \beta $ for all $i$, $l$; $\mathrm{PAR}(\beta)$ is the NAR $(\beta $, $y$, $-y)$: all " +
            @"w-neurons classify $S$ like $w^{*}$ and all u-neurons like $-w^{*}$ (so the network classifies $S$ correctly), and the " +
            @"NAR is invariant under rescaling each neuron by a positive factor."),
        ["SBG.Thm6.1"] = new(
            @"Under Assumption $6.1$, if gradient flow stays in an NAR $(\beta $, $c^{w}$, $c^{u})$ from $T_{\mathrm{NAR}}$ on, it " +
            @"converges (in direction) to a solution in the NAR whose normalised network is perfectly clustered, hence has a linear " +
            @"decision boundary. Mechanism checked: inside an NAR every neuron of a type receives the same update $(\sigma " +
            @"'(w^{(j)}\cdot x_{i}) =$ c-dependent constant), so the differences $w^{(j)} - w^{(l)}$, $u^{(j)} - u^{(l)}$ are frozen " +
            @"while $\Vert \theta \Vert \to \infty $, and $r/\Vert \theta \Vert \to 0$."),
        ["SBG.Thm6.2"] = new(
            @"Under Assumption $6.1$, if gradient flow stays in an NAR from $T_{\mathrm{NAR}}$ on, its smoothed margin exceeds " +
            @"$\sqrt{k}\cdot \alpha \cdot v\cdot \max \Vert x_{i}\Vert $ at some $T_{\mathrm{Margin}} \geq T_{\mathrm{NAR}}$, and " +
            @"$V_{\beta}^{+}(S) = V_{\beta}^{-}(S) = \emptyset $, then the NAR is $\mathrm{PAR}(\beta)$ for $t > T_{\mathrm{Margin}}$ " +
            @"and the flow converges to a perfectly clustered network whose neuron directions $\hat{w}$, $\hat{u}$ are those of the " +
            @"solution $(\delta _{w} \hat{w}$, $\delta _{u} \hat{u})$ of program (7)."),
        ["SBG.Thm6.2.Kernel"] = new(
            @"Program (7) is a hard-margin SVM with kernel $K(x$, x') $= \sum _{y\in \{\pm 1\}} \sigma '(y w^{*}\cdot x)\sigma '(y " +
            @"w^{*}\cdot x') x\cdot x'$ and feature map $\varphi (x) = [\sigma '(w^{*}\cdot x)x$, $-\sigma '(-w^{*}\cdot x)x]$: $K = " +
            @"\langle \varphi (x)$, $\varphi (x')\rangle $, and each constraint of (7) is $y_{i}\langle (w$, u), $\varphi " +
            @"(x_{i})\rangle \geq 1$ (Section $14.2$: $\varphi (x_{+}) = (x_{+}$, $-\alpha x_{+})$, and $(-\alpha x_{-}$, $x_{-}) = " +
            @"y\cdot \varphi (x_{-})$ for negatives)."),
        ["SBG.Antipodal"] = new(
            @"If $x \in S$ implies $-x \in S$ (S separable with margin $1$ by $w^{*})$, then $V_{\beta}^{+}(S) = V_{\beta}^{-}(S) = " +
            @"\emptyset $ for every $\beta > 0$: Assumption $4$ of Theorem $6.2$ holds."),
        ["SBG.Assumption6.1"] = new(
            @"Assumption $6.1$, $L_{S}(\theta _{t_{0}}) <$ 1/n, is (B4) of Lyu $\&$ Li (2020) for the logistic loss: $L(\theta " +
            @"_{t_{0}}) < e^{(-f(b_{f}))} = \ell (b_{f})$ with $b_{f} = 0$ (L the summed loss), so that the gradient-flow results " +
            @"apply $—$ in particular the training set is then classified correctly and the smoothed margin (5) is positive.",
            Finding: @"(B4) needs $L_S < (\log 2)/n$; Assumption 6.1 also allows $(\log 2)/n \leq L_S < 1/n$, where a training point can be " +
            @"misclassified.",
            Corrected: @"If $L_{S}(\theta) <$ (log 2)/n then (B4) holds $(\sum \ell (q_{i}) < \ell (0) =$ log 2), every $q_{i} = y_{i}N(x_{i}) > " +
            @"0$ and the smoothed margin $\tilde{\gamma}(\theta) > 0$."),
        ["SBG.Lipschitz"] = new(
            @"$\vert \Phi (\theta _{1}$; x) $- \Phi (\theta _{2}$; $x)\vert \leq 2v\Vert x\Vert \sum _{j}(\Vert w_{1}^{(j)} - " +
            @"w_{2}^{(j)}\Vert + \Vert u_{1}^{(j)} - u_{2}^{(j)}\Vert) = 2v\Vert x\Vert \Vert W_{1} - W_{2}\Vert $: the network is " +
            @"globally $2v\Vert x\Vert -\mathrm{Lipschitz}$ in $W$ (Frobenius norm).",
            Finding: @"The sum of the $2k$ row norms is not the Frobenius norm $\Vert\Delta W\Vert$: the constant $2v\Vert x\Vert$ fails for $k " +
            @"\geq 3$; the sharp one is $\sqrt{2k}\cdot v\Vert x\Vert$.",
            Corrected: @"$\vert \Phi (\theta _{1}$; x) $- \Phi (\theta _{2}$; $x)\vert \leq \sqrt{2k}\cdot v\Vert x\Vert \cdot \Vert W_{1} - " +
            @"W_{2}\Vert $ for $0 < \alpha < 1$, $v > 0$."),
        ["SBG.Bias"] = new(
            @"A first-layer bias is equivalent to augmenting the input: $v \sum \sigma (w^{(i)}\cdot x + b_{w}^{(i)}) - v \sum \sigma " +
            @"(u^{(i)}\cdot x + b_{u}^{(i)}) = N_{W'}((x$, 1)) with W' $= [W \vert b]$, and the model stays 1-homogeneous in its " +
            @"trainable parameters: $N_{cW'}(x') = c\cdot N_{W'}(x')$ for $c > 0$ (what Theorems $6.1$ and $6.2$ need)."),
        ["SBG.B3"] = new(
            @"The logistic loss satisfies (B3) with $f(q) = -\log (\log (1 + e^{(-q)}))$, $g(q) = -\log (e^{(e^{(-q)})} -$ 1), $b_{f} " +
            @"= 0$: $f$ is $C^{1}$ with f' $> 0$; f'(q)q is non-decreasing on $(b_{f}$, $\infty)$ and tends to $\infty $; $g$ is the " +
            @"inverse of $f$ on $[b_{f}$, $\infty)$ and for some $b_{g} \geq \max \{2f(b_{f})$, $f(2b_{f})\}$ and $K \geq 1$, g'(x) " +
            @"$\leq Kg'(\theta x)$ and f'(y) $\leq Kf'(\theta y)$ for $x > b_{g}$, $y > g(b_{g})$, $\theta \in [1/2$, 1)."),
        ["SBG.Fig1"] = new(
            @"On linearly separable 2-D data, small initialisation (std $0.001)$ leads to two tight clusters of neurons and an " +
            @"(almost) linear boundary, large initialisation (std 30) does not: at the end of training the max intra-type angle and " +
            @"$r/\Vert \bar{w} - \bar{u}\Vert $ are smaller, and the boundary is closer to linear, for small than for large " +
            @"initialisation."),
        ["SBG.Fig2"] = new(
            @"With small initialisation the fraction of (train and test) points outside the linear region $\vert (\bar{w} - " +
            @"\bar{u})\cdot x\vert \geq 2r\Vert x\Vert $ of Theorem $5.1$ quickly decreases to zero; with large initialisation it does " +
            @"not."),
        ["SBG.Fig3"] = new(
            @"On two Gaussians with the points inside a margin excluded, the network learns a linear boundary and neurons that agree " +
            @"with the PAR prediction of program (7): the learned boundary normal $\bar{w} - \bar{u}$ and the neuron directions align " +
            @"with $w_{7} - u_{7}$, $w_{7}$ and $u_{7}$."),
        ["SBG.Fig4"] = new(
            @"For the two-neuron networks with $w =$ (1, 0), $u =$ (0, 1): with Leaky ReLU the decision boundary is the line $x_{1} = " +
            @"x_{2}$ (sign $N(x) = \mathrm{sign}(x_{1} - x_{2}))$ although $N$ itself is not linear; with ReLU, $N(x) = 0$ on the " +
            @"whole quadrant $x_{1}$, $x_{2} \leq 0$, so the boundary is not linear."),
        ["SBG.Fig7"] = new(
            @"Both clustering measures, $r/\Vert \bar{w} - \bar{u}\Vert $ and the maximal angle between neurons of the same type, " +
            @"decrease towards zero during training."),
        ["SBG.Fig8"] = new(
            @"On two antipodal separable Gaussians, SGD (batch 1) enters the PAR: the fraction of w-neurons classifying like $w^{*}$ " +
            @"and of u-neurons classifying like $-w^{*}$ reaches $100\%$."),
        ["SBG.Fig9"] = new(
            @"With one outlier positive point added to two antipodal Gaussians, learning can enter an NAR that is not a PAR: at some " +
            @"epoch all neurons of each type agree on every point (max $n_{\mathrm{diff}} =$ 0) while not every neuron is in the PAR."),
        ["SBG.MNIST"] = new(
            @"For binary MNIST problems (digit pairs such as (0, 1) and (3, 5), and more pairs in Fig. 6), the fraction of " +
            @"train and test points outside the linear region $\vert (\bar{w} - \bar{u})\cdot x\vert \geq 2r\Vert x\Vert $ " +
            @"of Theorem $5.1$ quickly decreases to zero with small initialisation, and does not with large initialisation " +
            @"(each line of Fig. $6$ an average over $5$ initialisations).",
            Finding: @"Not reproduced as printed: the fraction reaches zero with small initialisation on the easy pair (0, 1), but " +
            @"not on every pair; a point is inside the region only if $\vert\cos(x, \bar{w} - \bar{u})\vert \geq " +
            @"2r/\Vert\bar{w} - \bar{u}\Vert$.",
            Corrected: @"On the same MNIST runs: with small initialisation the trained network is linear on the data, sign $N(x) = " +
            @"\mathrm{sign}((\bar{w} - \bar{u})\cdot x)$ on every train and test point at the horizon, and with large " +
            @"initialisation it is not (Theorem $5.1's$ region, only sufficient, certifies this on the easy pairs)."),
    };
}
