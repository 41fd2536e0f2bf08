// The social plug-ins and login SDKs Pixelwacht names (docs/pixel-reference.md,
// "Social plug-ins and login SDKs"). Company names as in the Ghostery tracker database.
import { segmentBefore, socialPlugin } from './social-plugin';

const FB_PLUGINS = new Set(['like', 'share_button', 'page', 'post', 'video', 'comments', 'comment_embed', 'follow', 'group', 'customerchat', 'send', 'like_box', 'likebox', 'quote', 'save']);

export const facebookPlugins = socialPlugin({
  id: 'facebook-social-plugin',
  name: 'Facebook Social Plugins',
  company: 'Meta',
  hosts: ['www.facebook.com', 'facebook.com', 'web.facebook.com', 'm.facebook.com', 'connect.facebook.net'],
  plugin(view) {
    if (view.host === 'connect.facebook.net') {
      return /^\/[a-z]{2}_[A-Z]{2}\/(?:sdk|all)(?:\/[a-z.]+)?\.js$/.test(view.path) || view.path.includes('/sdk/xfbml') ? 'sdk' : null;
    }
    const name = segmentBefore(view.path, '/plugins/', '.php');
    return name && FB_PLUGINS.has(name) ? name : null;
  },
});

export const xWidgets = socialPlugin({
  id: 'x-widgets',
  name: 'X (Twitter) widgets and embeds',
  company: 'X Corp.',
  hosts: ['platform.twitter.com', 'syndication.twitter.com', 'cdn.syndication.twimg.com', 'platform.x.com', 'syndication.x.com'],
  plugin(view) {
    if (view.path.endsWith('/widgets.js')) return 'widgets.js';
    if (view.path.includes('/embed/') || view.path.includes('tweet-result') || view.path.includes('Tweet.html')) return 'embedded post';
    if (view.path.includes('timeline')) return 'embedded timeline';
    if (view.path.includes('/widgets/')) return 'button';
    return view.path.length > 1 && (view.host.startsWith('syndication') || view.host.startsWith('cdn.syndication')) ? 'syndication' : null;
  },
});

export const linkedinWidgets = socialPlugin({
  id: 'linkedin-widgets',
  name: 'LinkedIn Widgets',
  company: 'Microsoft',
  hosts: ['platform.linkedin.com', 'www.linkedin.com'],
  plugin(view) {
    if (view.host === 'platform.linkedin.com') return view.path.endsWith('.js') ? 'platform script' : 'widget';
    return view.path.startsWith('/embed/') ? 'embedded post' : view.path.startsWith('/pages/public/follow') ? 'follow' : null;
  },
});

export const instagramEmbed = socialPlugin({
  id: 'instagram-embed',
  name: 'Instagram embeds',
  company: 'Meta',
  hosts: ['www.instagram.com', 'instagram.com', 'platform.instagram.com'],
  plugin(view) {
    if (view.path.endsWith('/embed.js') || view.path.endsWith('/embeds.js')) return 'embed script';
    return /^\/(?:p|reel|tv)\/[A-Za-z0-9_-]{4,40}\/embed/.test(view.path) ? 'embedded post' : null;
  },
});

export const youtubeEmbed = socialPlugin({
  id: 'youtube-embed',
  name: 'YouTube embeds',
  company: 'Google',
  hosts: ['www.youtube.com', 'youtube.com', 'm.youtube.com', 'www.youtube-nocookie.com', 'youtube-nocookie.com'],
  plugin(view) {
    if (view.path.startsWith('/embed/')) return 'embedded video';
    return view.path === '/iframe_api' || view.path.startsWith('/player_api') ? 'player API' : null;
  },
  // youtube-nocookie.com is the "privacy-enhanced mode": no cookies until the video plays.
  privacyEnhanced: (view) => view.host.endsWith('youtube-nocookie.com'),
});

export const googleSignIn = socialPlugin({
  id: 'google-sign-in',
  name: 'Sign in with Google',
  company: 'Google',
  hosts: ['accounts.google.com'],
  plugin(view) {
    if (!view.path.startsWith('/gsi/')) return null;
    return view.path.startsWith('/gsi/client') ? 'sign-in SDK' : `sign-in ${view.path.slice(5).split('/')[0] || 'frame'}`;
  },
});

export const addThis = socialPlugin({
  id: 'addthis',
  name: 'AddThis',
  company: 'Oracle',
  hosts: ['*.addthis.com', '*.addthisedge.com'],
  plugin: (view) => (view.host === 'www.addthis.com' || view.path.length <= 1 ? null : view.path.endsWith('.js') ? 'share widget' : 'share widget request'),
});

export const shareThis = socialPlugin({
  id: 'sharethis',
  name: 'ShareThis',
  company: 'ShareThis, Inc.',
  hosts: ['*.sharethis.com'],
  plugin: (view) => (view.host === 'www.sharethis.com' || view.path.length <= 1 ? null : view.path.endsWith('.js') ? 'share widget' : 'share widget request'),
});

export const addToAny = socialPlugin({
  id: 'addtoany',
  name: 'AddToAny',
  company: 'AddToAny',
  hosts: ['static.addtoany.com'],
  plugin: (view) => (view.path.startsWith('/menu/') ? 'share widget' : null),
});

export const pinterestWidgets = socialPlugin({
  id: 'pinterest-widgets',
  name: 'Pinterest Save button and widgets',
  company: 'Pinterest',
  hosts: ['assets.pinterest.com', 'widgets.pinterest.com', 'log.pinterest.com'],
  plugin(view) {
    if (view.path.startsWith('/js/pinit')) return 'pinit.js';
    return view.host === 'assets.pinterest.com' ? null : 'widget request';
  },
});
