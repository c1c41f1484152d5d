// The App Router renders with Next's bundled React 19, whose hooks
// (useActionState, useFormStatus) are typed in the canary declarations of React 18's types.
/// <reference types="react/canary" />
/// <reference types="react-dom/canary" />
