// The built-in log actions mark their words for translation with `$localize`; the app loads
// `@angular/localize/init` in its polyfills, the specs load it here.
import '@angular/localize/init';
