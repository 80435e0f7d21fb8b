using Verification.Harness;

namespace Verification.Spec;

// The LaTeX forms of the LSZ claims, keyed by claim id: statements, one-line findings and corrected statements, as prose
// with inline $…$ math. Drafted from the plain texts (tests/…/Support/TypesetDraft.cs) and edited by hand; the plain texts stay
// in the claim classes. TypesetTests keeps the two forms in agreement; the report falls back to the plain text, visibly, for a
// claim without an agreeing form.
public static partial class Lsz
{
    /// <summary>The LaTeX forms of this paper's claims (see <see cref="Typesetting"/>).</summary>
    internal static IReadOnlyDictionary<string, TypesetForm> TypesetForms { get; } = new Dictionary<string, TypesetForm>(StringComparer.Ordinal)
    {
        ["LSZ.Prop1"] = new(
            @"If $\varphi (x$, w) $= w^{\top}x$ and $P(v^{\top}x =$ 0) $= 0$, $L$ is c-Lipschitz (c $= E\Vert x\Vert)$, $(\lambda " +
            @"_{\max}(\sum)/4)-\mathrm{smooth}$, convex, and not strongly convex $(\nabla ^{2}L(kv) \to 0$ as $k \to \infty)$."),
        ["LSZ.Prop2"] = new(
            @"If $\varphi (x$, w) $= w^{\top}x$ and $P(v^{\top}x =$ 0) $< 1$: (i) $v^{\top}\nabla L(w) < 0$ for all $w$; (ii) " +
            @"$v^{\top}w(t)$ increases under gradient flow; (iii) $\Vert w(t)\Vert $ is unbounded; (iv) under GD with $\eta _{n} \geq " +
            @"\eta _{-} > 0$, $v^{\top}w(n)$ increases and $\Vert w(n)\Vert $ is unbounded."),
        ["LSZ.Prop3"] = new(
            @"Under Assumption $1$: (i) $\Vert \nabla L(w)\Vert \leq c_{0}$; (ii) $\nabla L(av) = E_{t\sim D_{v}} \vert t\vert /(1 + " +
            @"e^{\vert t\vert}) v$ (Prop $5$: $e^{a\vert t\vert})$; (iii) $v^{\top}w(t) \to \infty $; (iv) $v^{\top}w(n) \to \infty $ " +
            @"under GD with $\eta _{n} \geq \eta _{-} > 0$.",
            Finding: @"Part (ii) has the wrong sign: $\nabla L(av) = -E_{t\sim D_v}[\vert t\vert/(1 + e^{a\vert t\vert})] v$ points against " +
            @"$v$.",
            Corrected: @"(i) $\Vert \nabla L(w)\Vert \leq c_{0}$; (ii') $\nabla L(av) = -E_{t\sim D_{v}}[\vert t\vert /(1 + e^{a\vert t\vert})] " +
            @"v$."),
        ["LSZ.Eq21"] = new(
            @"For $w = \alpha v + \beta z$ with $z ⊥ v$, $\Vert z\Vert = 1$: $\lim _{\beta \to +\infty} -v^{\top}\nabla L(w) = E[\vert " +
            @"v^{\top}x\vert 1\{(z^{\top}x)(v^{\top}x) \leq 0\}] = c_{0}/\pi $."),
        ["LSZ.Remark2"] = new(
            @"If $w(t) ∥ v$ then $\nabla L(w(t)) ∥ v$, so a gradient flow started parallel to $v$ stays parallel to $v$ (including $w " +
            @"=$ 0)."),
        ["LSZ.Eq2"] = new(
            @"For $\varphi (x$, w) $= w^{\top}x$ the gradient of $L(w) = E \ln (1 + e^{(-y w^{\top}x)})$ is $\nabla L(w) = -E y x /$ " +
            @"(1 $+ e^{(y w^{\top}x)})$."),
        ["LSZ.Eq4"] = new(
            @"Under gradient flow, $\partial \cos \theta (t)/\partial t = -(1/\Vert w(t)\Vert)\cdot (v - (\bar{w}(t)^{\top}v) " +
            @"\bar{w}(t))^{\top}\nabla L(w(t))$."),
        ["LSZ.Eq7"] = new(
            @"$g(w(t)) := ½ \partial \Vert w(t)\Vert ^{2}/\partial t = -w(t)^{\top}\nabla L(w(t)) = E y w^{\top}x /$ (1 $+ e^{y " +
            @"w^{\top}x})$."),
        ["LSZ.Lemma2"] = new(
            @"Under Assumption $1$ and $w \neq 0$: $-(v - (\bar{w}^{\top}v) \bar{w})^{\top}\nabla L(w) = -v^{\top}(I - " +
            @"\bar{w}\bar{w}^{\top})\nabla L(w) = c_{0} \sin ^{2}\theta (w$, v) $/ \pi $, $c_{0} = E_{x\sim D_{2}}\Vert x\Vert $."),
        ["LSZ.Lemma2.Eq6"] = new(
            @"Under Assumption $1$, $w \neq 0$ and $w ∦ v$: $-(I - \bar{w}\bar{w}^{\top})\nabla L(w) = (c_{0}/\pi)(I - " +
            @"\bar{w}\bar{w}^{\top}) v$ (as vectors in $R^{d})$."),
        ["LSZ.Lemma3"] = new(
            @"Under Assumption $1$, with $g(w) = -w^{\top}\nabla L(w)$: (i) $g(w) \leq 0.3$; (ii) $\theta (w$, v) $> \pi /2 " +
            @"\Rightarrow g(w) < 0$; (iii) $\theta (w$, v) $\leq \pi /2 \Rightarrow \partial g(w)/\partial \theta (w$, v) $< 0$; (iv) " +
            @"$0 < \Vert w\Vert \leq c_{0}\vert \cos \theta \vert /(2\pi L)$, $L = E_{D_{2}}\Vert x\Vert ^{2}/8 \Rightarrow g(w)$ cos " +
            @"$\theta > 0$.",
            Finding: @"(iii) fails at $\theta = 0$: $\partial g/\partial\theta = -(c_0/\pi)\Vert w\Vert \sin\theta$, which vanishes there.",
            Corrected: @"(i), (ii), (iv) as printed; (iii'): $\partial g(\Vert w\Vert $, $\theta)/\partial \theta = -(c_{0}/\pi)\Vert w\Vert $ " +
            @"sin $\theta $ for all $\theta \in [0$, $\pi ]$ (so $< 0$ on (0, $\pi))$."),
        ["LSZ.Lemma1"] = new(
            @"Under Assumption $1$, with $T := \inf \{t$ : $\partial \Vert w(t)\Vert ^{2}/\partial t \geq 0\}$: $T < \infty $, " +
            @"$\partial \Vert w(t)\Vert ^{2}/\partial t < 0$ for $t < T$ and $\geq 0$ for $t \geq T$ (gradient flow, logistic " +
            @"regression)."),
        ["LSZ.Lemma10"] = new(
            @"If $h$ is differentiable on $[0$, $\infty)$ and $h(t_{0}) = 0 \Rightarrow h'(t_{0}) > 0$, then with $T = \inf \{t$ : " +
            @"$h(t) \geq 0\}$: $h(t) < 0$ for $t < T$ and $h(t) \geq 0$ for $t \geq T$."),
        ["LSZ.Lemma11"] = new(
            @"If $f$ : $[0$, $\infty) \to $ (0, $\infty)$ is continuous and $\partial \cos \theta (t)/\partial t = f(t) \sin " +
            @"^{2}\theta (t)$, $\theta (0) = \theta _{0} \notin \{0$, $\pi \}$, then $\theta (t) \notin \{0$, $\pi \}$ and $\partial " +
            @"\cos \theta (t)/\partial t > 0$ for all $t$; the solution is $½ \ln ((1 +$ cos $\theta)/(1 -$ cos $\theta)) - ½ \ln ((1 " +
            @"+$ cos $\theta _{0})/(1 -$ cos $\theta _{0})) = ∫_{0}^{t} f$."),
        ["LSZ.Thm1"] = new(
            @"Under Assumption $1$, cos $\theta (t) \geq 1 - 2/(e^{A_{1}t + B_{1}} +$ 1) for $t \leq T$ and $\geq 1 - " +
            @"2/(e^{A_{2}\sqrt{t-T} + C_{2} + B_{2}} +$ 1) for $t > T$, $A_{1} = 2c_{0}/(\pi \Vert w(0)\Vert)$, $B_{1} = -2 \ln \vert " +
            @"\tan (\theta (0)/2)\vert $, $A_{2} = 4c_{0}/\sqrt{0.6\pi}$, $B_{2} = -2 \ln \vert \tan (\theta (T)/2)\vert - 4c_{0}\Vert " +
            @"w(T)\Vert /(0.6\pi)$, $C_{2} = \Vert w(T)\Vert ^{2}/0.6$.",
            Finding: @"The printed phase-2 exponent $A_2\sqrt{t - T} + C_2 + B_2$ does not follow from the proof and is violated just after " +
            @"$T$.",
            Corrected: @"Phase $1$ as printed; for $t > T$: $\ln ((1+\cos \theta)/(1-\cos \theta)) \geq -2 \ln \vert \tan (\theta (T)/2)\vert + " +
            @"(4c_{0}/(0.6\pi))(\sqrt{0.6(t-T) + \Vert w(T)\Vert ^{2}} - \Vert w(T)\Vert)$."),
        ["LSZ.Eq8"] = new(
            @"cos $\theta (n+1) -$ cos $\theta (n) = (1/\Vert w(n+1)\Vert)[-\eta _{n}$ (v $- (\bar{w}(n)^{\top}v) " +
            @"\bar{w}(n))^{\top}\nabla L(w(n)) - (\Vert w(n+1)\Vert - \bar{w}(n)^{\top}w(n+1))$ cos $\theta (n)]$; combined with Eq. " +
            @"(10): $= (1/\Vert w(n+1)\Vert)(c_{0}\eta \sin ^{2}\theta /\pi - c_{0}^{2}\eta ^{2} \sin ^{2}\theta $ cos $\theta /\pi " +
            @"^{2} / (\Vert w(n+1)\Vert + \bar{w}(n)^{\top}w(n+1)))$."),
        ["LSZ.Lemma12"] = new(
            @"Under Assumption $1$, one GD step $w(n+1) = w(n) - \eta _{n} \nabla L(w(n))$ satisfies $\Vert w(n+1)\Vert ^{2} = " +
            @"(\bar{w}(n)^{\top}w(n+1))^{2} + (c_{0}\eta _{n}/\pi)^{2} \sin ^{2}\theta (n)$."),
        ["LSZ.Lemma4"] = new(
            @"Under Assumption $1$, $\theta (0) \neq \pi $ and $v^{\top}w(0) < 0$: cos $\theta (n) \geq 1 -$ (1 $-$ cos $\theta (0)) " +
            @"e^{-B S_{n}^{-}}$ until cos $\theta (n) \geq 0$, $S_{n}^{-} = \sum _{k<n} \eta _{k}/\sqrt{A + \sum _{i\leq k} \eta " +
            @"_{i}^{2}}$, A $= \Vert w(0)\Vert ^{2}/c_{0}^{2}$, $B =$ (1 $+$ cos $\theta (0))/\pi $."),
        ["LSZ.Remark6"] = new(
            @"$S_{n}^{-} < n$, and $S_{n}^{-} = \Theta (n)$ for $\eta _{n} = \Theta (q^{n})$, $q > 1$; $\Theta (n^{\{}\min \{\alpha " +
            @"+1$, $1/2\}\})$ for $\eta _{n} = \Theta (n^{\alpha})$, $-1 < \alpha \neq -1/2$; $\Theta (\ln $ n) for $\eta _{n} = " +
            @"\Theta (1/n)$; $< \infty $ for $\alpha < -1$."),
        ["LSZ.Lemma5"] = new(
            @"Under Assumption $1$, $w(0) \neq 0$, $\theta (0) \neq \pi $: if for some $\delta > 0$, $\Vert w(n+1)\Vert + " +
            @"\bar{w}(n)^{\top}w(n+1) \geq $ (1 $+ \delta)c_{0}\eta _{n}$ cos $\theta (n)/\pi $ for all $n$, then cos $\theta (n) \geq " +
            @"1 -$ (1 $-$ cos $\theta (0)) e^{-B S_{n}^{+}}$, $S_{n}^{+} = \sum _{k<n} \eta _{k}/\sqrt{A + \sum _{i\leq k}(\eta " +
            @"_{i}^{2} + C\eta _{i})}$, A $= \Vert w(0)\Vert ^{2}/c_{0}^{2}$, $B = \delta (1 +$ cos $\theta (0))/((1 + \delta)\pi)$, " +
            @"$C = 0.6/c_{0}^{2}$."),
        ["LSZ.Remark7"] = new(
            @"$S_{n}^{+} < n$, and $S_{n}^{+} = \Theta (n)$ for $\eta _{n} = \Theta (q^{n})$, $q > 1$; $\Theta (n^{\{}(\min \{\alpha " +
            @"$, $0\}+1)/2\})$ for $\eta _{n} = \Theta (n^{\alpha})$, $\alpha > -1$; $\Theta (\sqrt{\ln}$ n) for $\eta _{n} = \Theta " +
            @"(1/n)$; $< \infty $ for $\alpha < -1$."),
        ["LSZ.Thm2"] = new(
            @"Under Assumption $1$, for $\eta _{+} \geq \eta _{n} \geq \eta _{-} > 0$: cos $\theta (n)$ follows Eq. (9) until cos " +
            @"$\theta (n_{0}) \geq 0$; then some $n_{1} \geq n_{0}$ has $v^{\top}w(n_{1}) \geq \eta _{+}c_{0} + \eta _{+}c_{0}/\pi $, " +
            @"and from $n_{1}$ on cos $\theta (n) \to 1$ following Eq. (12) (with $\delta = 1$, A $= \Vert w(n_{1})\Vert " +
            @"^{2}/c_{0}^{2}$, restarted at $n_{1})$."),
        ["LSZ.Remark3"] = new(
            @"No learning-rate limit $\eta < 2/\beta (\beta = \lambda _{\max}(\sum)/4$ the smoothness constant) is needed for " +
            @"directional convergence, and the loss still converges."),
        ["LSZ.Eq14"] = new(
            @"If $W_{j+1}(0)^{\top}W_{j+1}(0) = W_{j}(0)^{\top}W_{j}(0)$, $j = 1 \ldots N-1$ (Eq. (13)), the end-to-end vector $w_{e} " +
            @"= (W_{N} \cdots W_{1})^{\top}$ of the layer-wise gradient flow follows $\partial w_{e}/\partial t = -\Vert w_{e}\Vert " +
            @"^{2-2/N}(\nabla L(w_{e}) + (N-1) \bar{w}_{e} \bar{w}_{e}^{\top} \nabla L(w_{e}))$.",
            Finding: @"Eq. (13) as printed, $W_{j+1}^\top W_{j+1} = W_j^\top W_j$, does not give Eq. (14); Arora's balance is $W_{j+1}^\top " +
            @"W_{j+1} = W_j W_j^\top$.",
            Corrected: @"From $W_{j+1}^{\top}W_{j+1} = W_{j}W_{j}^{\top}$, the layer-wise flow's $w_{e}$ follows Eq. (14) (velocity at $t = 0$ " +
            @"and trajectory over $[0$, $3])$."),
        ["LSZ.Prop4"] = new(
            @"Under Assumption $1$ and Eq. (13), $N = 2$, $w_{e}(0) \neq 0$, $\theta (0) \neq \pi $: cos $\theta (t) = 1 - " +
            @"2/(C_{1}e^{2c_{0}t/\pi} +$ 1), $C_{1} =$ (1 $+$ cos $\theta (0))/(1 -$ cos $\theta (0))$."),
        ["LSZ.Lemma6"] = new(
            @"With $T := \inf \{t$ : $\partial \Vert w_{e}(t)\Vert ^{2}/\partial t \geq 0\}$ for the induced flow (14) (balanced " +
            @"initialisation): $T < \infty $, $\partial \Vert w_{e}\Vert ^{2}/\partial t < 0$ for $t < T$ and $\geq 0$ for $t \geq T$."),
        ["LSZ.Thm3"] = new(
            @"Under Assumption $1$ and Eq. (13), $N > 2$, $w_{e}(0) \neq 0$, $\theta (0) \neq \pi $: cos $\theta (t) \geq 1 - " +
            @"2/(C_{1}(A_{1}t/B_{1} + 1)^{\alpha} +$ 1) for $t \leq T$, $\geq 1 - 2/(e^{A_{2}(t-T)+B_{2}} +$ 1) for $t > T$, and cos " +
            @"$\theta (t) \leq 1 - 2/(e^{F[(0.6t+D)^{N/2} - D^{N/2}] + E} +$ 1), with $A_{1} = (N-2)c_{0}$, $B_{1} = \Vert " +
            @"w_{e}(0)\Vert ^{2/N-1}$, $C_{1} = (1+\cos \theta (0))/(1-\cos \theta (0))$, $A_{2} = 2c_{0}\Vert w_{e}(T)\Vert " +
            @"^{1-2/N}/\pi $, $B_{2} = -2 \ln \vert \tan (\theta (T)/2)\vert $, $\alpha = 2/((N-2)\pi)$, $D = \Vert w_{e}(0)\Vert " +
            @"^{2/N}$, $E = -2 \ln \vert \tan \theta (0)/2\vert $, $F = 4c_{0}/(0.6N\pi)$.",
            Finding: @"The upper bound with $E = -2 \ln\vert\tan \theta(0)/2\vert$ fails at $t = 0$ whenever $\cos \theta(0) > -1/3$; the proof " +
            @"integrates from $\ln C_1 = -2 \ln\vert\tan(\theta(0)/2)\vert$.",
            Corrected: @"Theorem $3$ with $E = -2 \ln \vert \tan (\theta (0)/2)\vert $."),
        ["LSZ.Lemma7"] = new(
            @"Under Assumption $1$ and balancedness, if $w_{e}(t) \neq 0$: $\partial \cos \theta (w_{e}(t)$, $v)/\partial t = (c_{0} " +
            @"\sin ^{2}\theta /\pi)\cdot \Vert w_{e}(t)\Vert ^{1-2/N}$."),
        ["LSZ.Lemma8"] = new(
            @"Under Assumption $1$ and Eq. (13), $w_{e}(0) \neq 0$: (i) for $N > 2$, $(\Vert w_{e}(0)\Vert ^{2/N} + 0.6t)^{N/2} \geq " +
            @"\Vert w_{e}(t)\Vert \geq (\Vert w_{e}(0)\Vert ^{2/N-1} + (N-2)c_{0}t)^{-N/(N-2)} > 0$; (ii) if $\partial \Vert " +
            @"w_{e}(t_{0})\Vert ^{2}/\partial t = 0$ with $w_{e}(t_{0}) \neq 0$ then $\partial g(w_{e}(t_{0}))/\partial t > 0$."),
        ["LSZ.Eq39"] = new(
            @"Under the induced flow (14), $w_{e}(t) \neq 0$: $\partial \Vert w_{e}(t)\Vert ^{2/N}/\partial t = E$ 2y " +
            @"$w_{e}^{\top}x/(1 + e^{y w_{e}^{\top}x}) (= 2g(w_{e}))$."),
        ["LSZ.Eq41"] = new(
            @"$\partial \Vert w_{e}(t)\Vert ^{2}/\partial t = w_{e}(t)^{\top}\partial w_{e}(t)/\partial t = N\Vert w_{e}(t)\Vert " +
            @"^{2-2/N} g(w_{e}(t))$; in Eq. (44) the limit $N \varepsilon ^{2-2/N} E \varepsilon \vert x_{1}\vert /(1 + e^{\varepsilon " +
            @"\vert x_{1}\vert})$.",
            Finding: @"A factor $2$ is lost: $\partial\Vert w_e\Vert^2/\partial t = 2N\Vert w_e\Vert^{2-2/N}g(w_e)$; only signs are used " +
            @"downstream.",
            Corrected: @"$\partial \Vert w_{e}(t)\Vert ^{2}/\partial t = 2N\Vert w_{e}(t)\Vert ^{2-2/N} g(w_{e}(t))$."),
        ["LSZ.Fig1a"] = new(
            @"For $x \sim U(S^{1})$, $v =$ (0, 1), $w(0) = (0.6$, $-0.8)$: cos $\theta $ rises to $1$, $\Vert w\Vert $ first " +
            @"decreases then increases, SGD (batch $1000$, $\eta = 10^{-3})$ follows the gradient-flow picture, and the " +
            @"Theorem $1$ lower bounds lie below cos $\theta (t)$.",
            Finding: @"In the paper's own setting the second-phase bound of Theorem 1 as printed lies above the flow's $\cos\theta$ " +
            @"shortly after $T$.",
            Corrected: @"As $\mathrm{LSZ}.\mathrm{Fig}1a$ with the phase-2 bound of Appendix $A.7$."),
        ["LSZ.Fig1b"] = new(
            @"For the four-layer network from the Section $5$ initialisation: cos $\theta $ rises to $1$, $\Vert w_{e}\Vert $ first " +
            @"decreases then increases (with a stuck period), SGD follows the gradient-flow picture, and the Theorem $3$ lower and " +
            @"upper bounds enclose cos $\theta (t)$; Lemma 8's bounds enclose $\Vert w_{e}(t)\Vert $."),
        ["LSZ.Fig2"] = new(
            @"The sign map of $g(w)$ for $x \sim U(S^{1})$, $v =$ (0, 1), estimated by $1000$ samples per point: negative for $\theta " +
            @"(w$, v) $> \pi /2$ (Lemma $3$ (ii)), positive near the origin in the upper half-plane (Lemma $3$ (iv)); the 1000-sample " +
            @"signs are reliable away from the zero set of $g$. (g stays positive along $v$ itself, $g(av) = E a\vert t\vert /(1 + " +
            @"e^{a\vert t\vert}) > 0$, so the positive region reaches infinity around the $v \mathrm{axis}.)$"),
    };
}
