using Verification.Harness;

namespace Verification.Spec;

// The LaTeX forms of the LYX claims, keyed by claim id: statements, one-line findings and corrected statements, as prose
// with inline $…$ math. Drafted from the plain texts (tests/…/Support/TypesetDraft.cs) and edited by hand; the plain texts stay
// in the claim classes. TypesetTests keeps the two forms in agreement; the report falls back to the plain text, visibly, for a
// claim without an agreeing form.
public static partial class Lyx
{
    /// <summary>The LaTeX forms of this paper's claims (see <see cref="Typesetting"/>).</summary>
    internal static IReadOnlyDictionary<string, TypesetForm> TypesetForms { get; } = new Dictionary<string, TypesetForm>(StringComparer.Ordinal)
    {
        ["LYX.Lemma1"] = new(
            @"With $V_{1} ⊥ V_{2}$, $f(W$; x) $= f(W_{i}$; x) for $x \in V_{i}$ (W $= W_{1} + W_{2}$, $W_{i} \in V_{i}^{2k})$, so " +
            @"$l(W) = ½(l_{1}(W_{1}) + l_{2}(W_{2}))$; hence if $W_{i}^{*}$ minimises $l_{i}$ over $V_{i}^{2k}$, $W_{1}^{*} + " +
            @"W_{2}^{*}$ minimises $l$."),
        ["LYX.J.Lemma4.1b"] = new(
            @"If W' $= W - \eta \nabla _{W} l_{i}(W)$, then $l(W'$; $\{x$, $r\}) = l(W$; $\{x$, $r\})$ for every $r \neq i$ and almost " +
            @"every (x, r) $\sim D_{r}$."),
        ["LYX.Prop1"] = new(
            @"Network (1), $d > 1$: if $W$ is a critical point of $l(W)$ and there exists some $x_{i} \in V_{i}$ (i $= 1$, 2) with " +
            @"$f(W$, $x_{i}) \neq 0$, then $l(W) = 0$.",
            Finding: @"A critical point can have $l(W) = 1$: with $b > 0$ every neuron can be inactive on the annulus $m \leq \vert x\vert \leq " +
            @"M$ while $f(W, x_i) \neq 0$ at points outside it.",
            Corrected: @"Network (1), $d > 1$: if $W$ is a critical point of $l$ and for $i = 1$, $2$ there is a point $x_{i}$ of the support " +
            @"$(x_{i} \in V_{i}$, $m \leq \vert x_{i}\vert \leq $ M) with $f(W$, $x_{i}) \neq 0$, then $l(W) = 0$."),
        ["LYX.J.Prop1"] = new(
            @"Network (6) with Assumption $1$, $d > 1$: if $W$ is a critical point of $l_{i}(W)$ and there exists some $x " +
            @"\in V_{i}$ with $f(W$; x) $\neq 0$, then $l_{i}(W) = 0$.",
            Finding: @"With biases $b_j > 0$ a network whose neurons are all inactive on the annulus is a critical point with $l_i = " +
            @"n - 1$, while $f(W; x) \neq 0$ outside the support.",
            Corrected: @"Network (6) with Assumption $1$, $d > 1$: if $W$ is a critical point of $l_{i}$ and $f_{i}(W$; x) $\neq " +
            @"f_{r}(W$; x) for some $x$ in the support of $D_{i}$ (x $\in V_{i}$, $m_{i} \leq \vert x\vert \leq M_{i})$ and " +
            @"some $r \neq i$, then $l_{i}(W) = 0$."),
        ["LYX.Prop2"] = new(
            @"Network (6): if the convex hull of the $w_{j}$ contains the ball centred at $0$ of radius $(1+b)/m$ and every $u_{j}$ " +
            @"lies in the ball of radius b/M, then $l_{1}(W) = 0 (\tilde{f} \geq 1$ on $m \leq \vert x\vert \leq $ M)."),
        ["LYX.J.Prop2"] = new(
            @"Network (6) with Assumption $1$: if the hull of $\{w_{j}$ : $v_{i,j} > 0\}$ contains the ball of radius $\max _{j}$ (1 " +
            @"$+ b_{j})/m_{i}$ and $\{w_{j}$ : $v_{i,j} < 0\}$ lies in the ball of radius $\min _{j} b_{j}/M_{i}$, then $l_{i}(W) = " +
            @"0$.",
            Finding: @"The printed radius guarantees only one term $\geq 1$, so the margin can be $2v < 1$ when $v < 1/2$; the radius must be " +
            @"$\max_j (b_j + 1/(2v))/m_i$.",
            Corrected: @"Network (6) with Assumption $1$: if the hull of $\{w_{j}$ : $v_{i,j} > 0\}$ contains the ball of radius $\max _{j} " +
            @"(b_{j} + 1/(2v))/m_{i}$ and $\{w_{j}$ : $v_{i,j} < 0\}$ lies in the ball of radius $\min _{j} b_{j}/M_{i}$, then " +
            @"$l_{i}(W) = 0$."),
        ["LYX.Lemma2"] = new(
            @"Network (1) with $0 < b <$ 1/(2Mk): $l(W)$ is Lipschitz differentiable, $\vert \nabla l(W_{1}) - \nabla " +
            @"l(W_{2})\vert \leq L\vert W_{1} - W_{2}\vert $ with $L(k$, $b$, $p_{\max}$, M).",
            Finding: @"For $M < 1/2$ the range $b < 1/(2Mk)$ admits $b \geq 1/k$, and then $f$ can be constant 1 on an open set of " +
            @"the support: the loss has a kink there, so it is not differentiable.",
            Corrected: @"Network (1) with $0 < b < \min \{1/(2Mk)$, $1/(2k)\}$: $l(W)$ is Lipschitz differentiable (checked against the " +
            @"re-derived $L$ with $C =$ (1 $- \varepsilon M -$ kb)/M)."),
        ["LYX.J.Lemma4.2"] = new(
            @"Network (1) with $0 < \sum _{j} b_{j} < 1$: $l(W)$ is Lipschitz differentiable with $L$ depending on $k$, $b$, " +
            @"$p_{\max}$, $M$, $V$.",
            Finding: @"The margins' coefficients are $0$ or $\pm 2v$, so a margin can be constant 1 on an open set inside $\sum b_{j} " +
            @"< 1$ once $v > 1/2$: the loss has a kink there.",
            Corrected: @"Network (1) with $0 < \sum _{j} b_{j} < \min \{1$, $1/(2v)\}$: $l(W)$ is Lipschitz differentiable (checked " +
            @"against the re-derived $L$ with $C =$ (1 $- 2v\varepsilon M - 2v\sum b_{j})/M)$."),
        ["LYX.Lemma3a"] = new(
            @"Under GD on $l_{1}$ (network (6)), $\{\vert w_{j}^{(t)}\vert \}$ is non-decreasing; journal: $\vert w_{j}^{t}\vert $ is " +
            @"non-decreasing if $v_{i,j} > 0$."),
        ["LYX.Lemma3b"] = new(
            @"Network (6): for any $r > 0$ and $\eta < \min \{r/(C_{p} M^{2})$, $r/M\}$, $\vert u_{j}^{(t)}\vert $ is non-increasing " +
            @"(one GD step on the population loss $l_{1}$ does not increase $\vert u_{j}\vert)$ whenever $\vert u_{j}\vert > r$."),
        ["LYX.J.Lemma5.1b"] = new(
            @"Network (6), $b_{j} = 0$: for any $r > 0$ and $\eta < \min \{r/(C_{p} M_{i}^{2})$, $r/(2\mathrm{vnM}_{i})\}$, " +
            @"$\vert w_{j}^{t}\vert $ is non-increasing if $v_{i,j} < 0$ and $\vert w_{j}^{t}\vert > r$.",
            Finding: @"The proof's bound $2vM^{2}\sum P^{2}$ should be $4v^{2}M^{2}P^{2}$; for $v > 1/2$ and a density concentrated " +
            @"near a line the norm of a negative neuron grows.",
            Corrected: @"Network (6), $b_{j} = 0$: for any $r > 0$ and $\eta < \min \{r/(2vC_{p} M_{i}^{2})$, " +
            @"$r/(2\mathrm{vnM}_{i})\}$, $\vert w_{j}^{t}\vert $ is non-increasing if $v_{i,j} < 0$ and $\vert " +
            @"w_{j}^{t}\vert > r$."),
        ["LYX.Lemma3.Cp"] = new(
            @"$C_{p} = \max _{\{}v \in V_{1}$, a $\in R\} ∫_{\langle v,x\rangle =a} p_{1}(x)$ dS $\leq M^{d-1} p_{\max}$ (appendix; " +
            @"$J$ proof of Lemma $5.1)$, and $C_{p} = O(p_{\max} M^{d})$ (main text).",
            Finding: @"$C_p \leq M^{d-1} p_{max}$ misses the volume of the unit $(d-1)$-ball: uniform on $1 \leq \vert x\vert \leq 2$ in $d = " +
            @"2$ gives $(2\sqrt{3})^2 = 12 > 4$.",
            Corrected: @"$C_{p} \leq \vert B^{d-1}\vert M^{d-1} p_{\max} (\vert B^{1}\vert = 2$, $\vert B^{2}\vert = \pi $: the largest " +
            @"hyperplane section of the ball of radius M); for the uniform density on $m \leq \vert x\vert \leq M$, $C_{p} = " +
            @"2p\sqrt{M^{2} - m^{2}}$ (d $=$ 2) and $\pi p(M^{2} - m^{2})$ (d $=$ 3)."),
        ["LYX.KeyIneq"] = new(
            @"For $\Omega = \Omega _{W} \cap \Omega _{w_{j}}$: $E[1_{\Omega} \langle \tilde{w}_{j}$, $x\rangle ] \geq P[\Omega " +
            @"]^{2}/(2C_{p})$ (C Lemma 3) and $E[1_{\Omega} \langle \tilde{w}_{j}$, $x\rangle ] \geq P[\Omega ]/(2C_{p})$ (C Prop $3$ " +
            @"with $P \geq p_{R}$, $C$ Prop 4); journal (Lemma $5.1$, Props 3-4): $\vert \langle \nabla _{w_{j}} l_{i}$, " +
            @"$\tilde{w}_{j}\rangle \vert \geq (v/C_{p}) \sum _{r\neq i} P[\Omega ^{j}_{i,r}]^{2}$.",
            Finding: @"The unsquared $E[1_\Omega \langle \tilde{w}, x\rangle] \geq P[\Omega]/(2C_p)$ of the conference proofs is false " +
            @"($P/(2C_p) \approx 0.680 > E$ on the half annulus); the journal's sum over all $r \neq i$ fails for $n \geq 3$.",
            Corrected: @"For $\Omega = \Omega _{W} \cap \Omega _{w_{j}}$ (so $\langle \tilde{w}_{j}$, $x\rangle > 0$ on $\Omega)$: $E[1_{\Omega} " +
            @"\langle \tilde{w}_{j}$, $x\rangle ] \geq P[\Omega ]^{2}/(2C_{p})$ (the form of $C$ Lemma $3$; the conference Props 3-4 " +
            @"need it in place of the unsquared form); journal: $\vert \langle \nabla _{w_{j}} l_{i}$, $\tilde{w}_{j}\rangle \vert " +
            @"\geq (v/C_{p}) \sum _{\{}r$: $v_{r,j} \neq v_{i,j}\} P[\Omega ^{j}_{i,r}]^{2}$."),
        ["LYX.Lemma4"] = new(
            @"For $k$ points $\tilde{w}_{j} \in S^{d-1}$ in general position, with $\Lambda _{W}$ their convex hull and $H_{i}$ its " +
            @"facets, equivalent: (1) every direction $n$ has j1, j2 with $\langle n$, $\tilde{w}_{j}1\rangle > 0 > \langle n$, " +
            @"$\tilde{w}_{j}2\rangle $; (2) no closed hemisphere contains all $\tilde{w}_{j}$; (3) $0 \in $ interior of $\Lambda " +
            @"_{W}$; (4) for every facet $H_{i}$, $0$ and all $\tilde{w}_{j}$ lie on the same side of $H_{i}$."),
        ["LYX.Remark3"] = new(
            @"If $\tilde{w}_{j}$ are independent and uniform on $S^{d-1}$, Prob(GC holds) $= P_{gc} = 2^{1-k} \sum _{j=d}^{k-1} " +
            @"C(k-1$, j), and $\lim _{k\to \infty} P_{gc} = 1$ for fixed $d$."),
        ["LYX.Remark3.Count"] = new(
            @"For $\tilde{w}_{1}..\tilde{w}_{k}$ in general position, the number of sign patterns $J \in \{\pm 1\}^{k}$ for which " +
            @"$S_{J} = \{J_{j} \tilde{w}_{j}\}$ satisfies GC is the constant $2^{k} - 2 \sum _{j=0}^{d-1} C(k-1$, j) $= 2 \sum " +
            @"_{j=d}^{k} C(k-1$, j) (the proof writes $2^{n}$ for $2^{k})$."),
        ["LYX.Prop3"] = new(
            @"$b = 0$, $\vert W^{(t)}\vert \leq R$ for all $t$: the number of iterations at which the $w_{j}$ do not satisfy GC is " +
            @"$\vert T_{1}\vert \leq 2\mathrm{RC}_{p}/(\eta p_{R})$, $p_{R} = P[D^{1}]$ with sin $\beta =$ 1/(MR)."),
        ["LYX.J.Prop3"] = new(
            @"$b_{j} = 0$, $\vert W^{t}\vert \leq R$: the number of iterations at which $\{w_{j}$ : $v_{i,j} > 0\}$ does not satisfy " +
            @"GC is $\vert T_{1}\vert \leq C_{p}$ R/(v $\eta p_{R}^{2})$, $p_{R} = P[D^{1}]$ with sin $\beta = 1/(2vM_{i}R)$."),
        ["LYX.Prop4"] = new(
            @"$b = 0$, $\vert W^{t}\vert \leq R$: $\sum _{t \in T_{2}} l(W^{(t)}) \leq 2\eta ^{-1} R^{2} M C_{p}$ over the iterations " +
            @"$T_{2}$ at which the $w_{j}$ satisfy GC."),
        ["LYX.J.Prop4"] = new(
            @"$b_{j} = 0$, $\vert W^{t}\vert \leq R$: $\sum _{t \in T_{2}} l_{i}(W^{t})^{2} \leq 4\eta ^{-1} v n^{2} C_{p} R^{2} " +
            @"M_{i}^{2} R$; hence $l_{i}(W^{t}) < \varepsilon $ for some $t \in T_{2}$ once $\vert T_{2}\vert \geq " +
            @"4vn^{2}C_{p}R^{2}M_{i}^{2}R/(\eta \varepsilon)$."),
        ["LYX.Thm1"] = new(
            @"$0 < b <$ 1/(2kM), $\{W^{(t)}\}$ bounded, some data points with $\vert \langle w_{j_{1}}^{(0)}$, $x_{1}\rangle \vert > " +
            @"b$, $\vert \langle u_{j_{2}}^{(0)}$, $x_{2}\rangle \vert > b$: for $\eta < \eta _{0}(k$, $b$, $p_{\max}$, M), " +
            @"$l(W^{(t)})$ decreases monotonically to $0$ and the misclassification probability tends to $0$."),
        ["LYX.J.Thm3.1"] = new(
            @"$0 < \sum b_{j} < 1$, Assumption $1$, $\{W^{t}\}$ bounded, some (x, i) with $v_{i,j} > 0$ and $\vert \langle w_{j}^{0}$, " +
            @"$x\rangle \vert > b_{j}$: for $\eta < \eta _{0}(v$, $k$, $b$, $p_{\max}$, $n$, M), $l_{i}(W^{t}) \to 0$ and the " +
            @"misclassification probability $\to 0$ (the proof shows monotone decrease)."),
        ["LYX.Thm2"] = new(
            @"$b = 0$, $\vert W^{(t)}\vert \leq R$, the initialisation condition: $\sum _{t} l(W^{(t)}) < C(d$, $M$, $R$, $p_{\min}$, " +
            @"$p_{\max}$, $\eta)$ (the proof's value: $(2\mathrm{RC}_{p}/(\eta p_{R}))\cdot \mathrm{RM} + 2\eta " +
            @"^{-1}R^{2}M(d+1)C_{p})$ and the misclassification probability tends to $0$."),
        ["LYX.J.Thm3.2"] = new(
            @"$b_{j} = 0$, Assumption $1$, $\vert W^{t}\vert \leq R$, some (x, i) with $v_{i,j} > 0$ and $\langle w_{j}^{0}$, " +
            @"$x\rangle \neq 0$: $l_{i}(W^{t}) \to 0$ and the misclassification probability $\to 0$."),
        ["LYX.Markov"] = new(
            @"A misclassified point has $y f \leq 0$ (conference; $\hat{y} =$ sign $f$ with sign $0 =$ 0) or $f_{r} \geq f_{y}$ for " +
            @"some $r \neq y$ (journal; $\hat{y} =$ argmax), hence loss $\geq 1$, so $P[\hat{y} \neq y] \leq l(W)$ for every " +
            @"distribution."),
        ["LYX.DescentLemma"] = new(
            @"As long as $\eta <$ L/2: $l(W^{+}) \leq l(W) - (\eta - \eta ^{2}L/2)\vert \nabla l(W)\vert ^{2} \leq l(W)$ for an " +
            @"L-smooth $l$ (L the Lipschitz constant of $\nabla l)$.",
            Finding: @"The condition $\eta < L/2$ should be $\eta \leq 2/L$: for $L > 2$, step sizes in $(2/L, L/2)$ increase the loss.",
            Corrected: @"For an L-smooth $l$ and $\eta <$ 2/L: $l(W^{+}) \leq l(W) - (\eta - \eta ^{2}L/2)\vert \nabla l(W)\vert ^{2} \leq l(W)$."),
        ["LYX.Remark1"] = new(
            @"Without the initialisation condition (no $w_{j}$ with $\vert \langle w_{j}^{(0)}$, $x_{1}\rangle \vert > b$ for a " +
            @"class-1 data point), the algorithm suffers zero gradient and fails to update.",
            Finding: @"Only the $w_j$ get zero gradient; the $u_j$ still move, while the loss stays $\geq 1$.",
            Corrected: @"If $\vert \langle w_{j}^{(0)}$, $x\rangle \vert \leq b$ for every $j$ and every class-1 data point $x$, then $\nabla " +
            @"_{w_{j}} l_{1}(W^{(t)}) = 0$ at every step, the $w_{j}$ never move, $\tilde{f} \leq 0$ on the data and $l_{1}(W^{(t)}) " +
            @"\geq 1$ for all $t$ (the $u_{j}$ may still move)."),
        ["LYX.Remark2"] = new(
            @"Theorem $2$ does not require $\eta $ small, but a larger learning rate implicitly results in a larger bound $R$ for " +
            @"$\vert W^{(t)}\vert $ (and so a larger constant $C$ in (5))."),
        ["LYX.Kelvin"] = new(
            @"With $x =$ (1/r)(cos $\theta $, sin $\theta)$, $x^{*} = x/\vert x\vert ^{2}$, $\tilde{x} = r x$ and $\rho (\theta) = " +
            @"\min \{1$, $\sigma (\tilde{f}(W$, $\tilde{x}))\}$: $\tilde{f}(W$, $\tilde{x}) = r \tilde{f}(W$, x), and for data with " +
            @"$\vert x^{*}\vert \leq 1$, $l(W$, $\{x$, $1\}) = 0$ iff $\rho (\theta) \geq \vert x^{*}\vert $."),
        ["LYX.Text.PointwiseLoss"] = new(
            @"In the multi-dimensional case, during a GD weight update it is not possible that the loss is non-increasing point-wise " +
            @"(on each input); only the population loss decreases."),
        ["LYX.Text.NoBiasNotLipschitz"] = new(
            @"Lipschitz differentiability does not hold for $b = 0$, as the gradient is volatile near the origin."),
        ["LYX.J.Assumption1"] = new(
            @"As long as $k \geq n$, a $V = (v_{i,j})$ with (1) every class $i$ has some $j$ with $v_{i,j} > 0$, (2) $v_{i,j} > 0 " +
            @"\Rightarrow v_{r,j} < 0$ for all $r \neq i$, (3) $\vert v_{i,j}\vert = v$, can be constructed."),
        ["LYX.J.Text.AcuteAngles"] = new(
            @"Convergence to a global minimum continues to hold if the data subspaces form acute angles (beyond the orthogonality " +
            @"assumption)."),
        ["LYX.Table1"] = new(
            @"Iterations to convergence (mean $\pm $ std over $100$ runs) for 2k $= 6$, $\ldots $, $24$: random $578.90\pm 205.43 " +
            @"\ldots 82.93\pm 26.76$, half-space $672.41\pm 226.53 \ldots 416.82\pm 216.58$; half-space initialisations never satisfy " +
            @"GC at $t = 0$, random ones do with probability $P_{gc}$ (Remark 3)."),
        ["LYX.Fig.Iterations"] = new(
            @"As the number of hidden neurons 2k grows, GD from random initialisation needs fewer iterations (box plots of median and " +
            @"quartiles)."),
        ["LYX.Fig.NormHistogram"] = new(
            @"Over $2000$ runs with 2k $= 8$, the histogram of $\max _{t} \vert W^{(t)}\vert $ shows the weights stay bounded during " +
            @"training (supporting the boundedness assumption of Theorems $1$ and 2)."),
        ["LYX.Fig.WeightDynamics"] = new(
            @"From $w_{j}(0) = u_{j}(0) = (3/4)(\cos ((2-j)\pi /6)$, $\sin ((2-j)\pi /6))$, $k = 3$, the $\tilde{w}_{j}$ spread out " +
            @"until GC holds (slow phase), then the loss reaches $0$ (fast phase); the $u_{j}$ shrink."),
        ["LYX.J.Fig.SubspaceAngle"] = new(
            @"The number of iterations to converge depends on the angle $\theta $ between $V_{1}$ and $V_{2}$; convergence is observed " +
            @"to be fastest when the subspaces are orthogonal $(\theta = \pi /2)$."),
        ["LYX.MNIST"] = new(
            @"LeNet-5 trained by SGD (lr $0.01$, no momentum or regularisation; journal: batch 1000) on MNIST: ""at the early " +
            @"stage, the loss decays slowly, then the fast phase sets in after $400$ iterations"" (J Fig. $6$ left; $C$ Fig. " +
            @"5). (J Fig. $7$, the trained fc-layer weights satisfying GC on random 3-D projections, is measured by " +
            @"`reproduce $\mathrm{lyx}-\mathrm{mnist}`.)$"),
    };
}
